/*
 * Controllers of the components that landed after the board. A component that calls a method
 * without a stand-in gets a readable rejection, and the preview build lists it.
 */
import { accountMethods } from './account.js';
import { chatterMethods } from './chatter.js';

export const extraMethods = { ...chatterMethods, ...accountMethods };
