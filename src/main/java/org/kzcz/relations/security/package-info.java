/**
 * Who may write: API keys (stored as SHA-256 hashes) for curators and admins, checked
 * before any write handler runs; reads stay public and anonymous.
 */
package org.kzcz.relations.security;
