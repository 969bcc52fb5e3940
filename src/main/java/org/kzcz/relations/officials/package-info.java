/**
 * Officials: the people in the relationship, every post they held (with what each source
 * claimed about its dates), the meetings they attended and the agreements they signed.
 */
package org.kzcz.relations.officials;
