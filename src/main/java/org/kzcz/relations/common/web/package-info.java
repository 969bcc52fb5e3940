/**
 * What every controller's declaration shares ({@link ApiController}: a JSON REST
 * controller with its path and its Swagger section).
 */
package org.kzcz.relations.common.web;
