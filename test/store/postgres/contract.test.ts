/**
 * The shared store contract (test/store/store-contract.ts) on a real PostgreSQL: the same
 * suite the memory and lowdb stores pass, so all three keep one meaning.
 */
import { describeStoreContract } from '../store-contract.js';
import { postgresStoreKind } from './pg-harness.js';

const postgres = postgresStoreKind();
describeStoreContract({ name: postgres.name, open: () => postgres.open(), rollsBackFailedUnits: true });
