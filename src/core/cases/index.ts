/** The case lifecycle in one place: records, events, constructors, transitions and what counts on the ladder. */
export * from './case-event.js';
export * from './case-record.js';
export * from './awaits-decision.js';
export * from './removed-member.js';
export * from './archivable.js';
export * from './counts-on-ladder.js';
export * from './open-case.js';
export * from './transitions.js';
export * from './migrate-case-event.js';
export * from './report-count.js';
