/**
 * Organizations: ministries, embassies, companies, zoos and the rest, where each is
 * active, who held posts there, the projects it partners and the meetings it hosted.
 */
package org.kzcz.relations.organizations;
