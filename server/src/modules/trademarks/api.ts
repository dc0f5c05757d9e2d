/** The trademarks module's public surface (ARCHITECTURE.md, "Module seams"). */
// Legal-status events decided by other modules (pledge registration, change, release) and the pledge register.
export { recordTrademarkEvents, type TrademarkEvent, type TrademarkEventAuthority } from './events.js';
export { findTrademarkEvents, findTrademarkPledges } from './events-repository.js';
export { isTrademarkInForce, presentTrademark } from './service.js';
