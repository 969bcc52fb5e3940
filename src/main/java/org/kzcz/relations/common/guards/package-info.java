/**
 * What every request passes before a controller sees it: its id and access-log line, the
 * limits on its size, head, {@code Accept} header and body values, the parameters a
 * handler declares, and the order of the servlet filters ({@link FilterOrders}).
 */
package org.kzcz.relations.common.guards;
