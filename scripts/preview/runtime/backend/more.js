/*
 * Controllers of the components that land after the board (Chatter modal, nomination wizard,
 * account panel, GitLab status). Each is added here as its component appears; a component that
 * calls a method without a stand-in gets a readable rejection, and the preview build lists it.
 */
export const extraMethods = {};
