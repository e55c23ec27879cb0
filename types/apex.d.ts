// Generated from the @AuraEnabled Apex by npm run types:apex. Do not edit.
// The integrity checker of npm run check fails when this file is stale.
