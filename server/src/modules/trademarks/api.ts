/** The trademarks module's public surface (ARCHITECTURE.md, "Module seams"). */
export { isTrademarkInForce } from './service.js';
