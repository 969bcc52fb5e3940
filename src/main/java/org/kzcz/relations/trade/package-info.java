/**
 * Trade and investment between two parties as each reporter states it: series with
 * year-on-year changes, the trade balance, and reporters' figures side by side.
 * {@code domain} holds the figures, the arithmetic and the queries; {@code web} the HTTP
 * endpoints and the CSV rendering.
 */
package org.kzcz.relations.trade;
