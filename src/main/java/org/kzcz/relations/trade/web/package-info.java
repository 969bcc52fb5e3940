/**
 * HTTP face of the trade analytics: the series, balance and comparison endpoints, in JSON
 * or CSV; and the stored figures one by one, with the curators' writes of them.
 */
package org.kzcz.relations.trade.web;
