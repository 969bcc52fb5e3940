/**
 * Trade and investment between two parties as each reporter states it: series with
 * year-on-year changes, the trade balance, and reporters' figures side by side.
 * {@code analysis} is the pure arithmetic on the figures (no Spring, no database);
 * {@link org.kzcz.relations.trade.TradeService} reads a request's figures in one
 * statement and analyses them; {@code web} is the HTTP face of the analytics (answers in
 * JSON, CSV and SVG); {@code figures} the stored figures one by one and the curators'
 * writes of them.
 */
package org.kzcz.relations.trade;
