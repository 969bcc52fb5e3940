package org.kzcz.relations.support;

import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers on this machine (asked once per JVM).
 */
public final class Docker {

	private static Boolean available;

	private Docker() {
	}

	public static synchronized boolean isAvailable() {
		if (available == null) {
			try {
				available = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				available = false;
			}
		}
		return available;
	}

}
