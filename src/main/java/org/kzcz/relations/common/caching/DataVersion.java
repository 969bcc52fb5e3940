package org.kzcz.relations.common.caching;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data version (the counter that every change to stored facts moves, and that ETags
 * name), kept in memory and pushed by PostgreSQL: the trigger that moves it also sends
 * {@code pg_notify('data_version', <new version>)}, delivered when the changing
 * transaction commits, and a thread of this process listens on a connection of its own
 * (outside the pool). So a 304 costs no statement, and a change made through any instance
 * moves every instance's ETags as soon as the notification arrives (milliseconds).
 * <p>
 * No change is missed: after every (re)connection the listener subscribes first and reads
 * the version second, so a change that commits in between is either in the read or in a
 * notification. While the listener is not connected (start-up, a lost connection, the
 * database down) the version is read from the database for each request as before, so an
 * outage still answers 503 and nothing stale is served. With no notification for
 * {@code KEEP_ALIVE} the listener reads the version anyway: that proves the connection
 * alive (a silent network partition is found within seconds) and catches a change made
 * with the triggers off (a restore).
 */
@Component
class DataVersion implements SmartLifecycle {

	static final String CHANNEL = "data_version";

	/** The listener's application_name in pg_stat_activity. */
	static final String LISTENER_NAME = "kzcz-data-version-listener";

	private static final long UNKNOWN = -1;

	private static final Duration KEEP_ALIVE = Duration.ofSeconds(5);

	private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(2);

	/** How long the start waits for the listener's first connection. */
	private static final Duration FIRST_CONNECTION = Duration.ofSeconds(5);

	private static final Log log = LogFactory.getLog(DataVersion.class);

	private final JdbcConnectionDetails database;

	private final JdbcClient jdbc;

	private final AtomicLong known = new AtomicLong(UNKNOWN);

	private volatile boolean running;

	private volatile Connection connection;

	private final AtomicInteger connections = new AtomicInteger();

	private final CountDownLatch firstAttempt = new CountDownLatch(1);

	DataVersion(JdbcConnectionDetails database, JdbcClient jdbc) {
		this.database = database;
		this.jdbc = jdbc;
	}

	/**
	 * The current data version: from memory while the listener is connected, otherwise
	 * read from the database.
	 * @throws DataAccessException if it has to be read and the database cannot be reached
	 */
	long current() {
		long version = this.known.get();
		return (version != UNKNOWN) ? version : read();
	}

	/** Whether the version is served from memory (the listener is connected). */
	boolean listening() {
		return this.known.get() != UNKNOWN;
	}

	/**
	 * Reads the version after a write of this process committed, so that this instance's
	 * next answers name it at once, without waiting for the notification; a failure is
	 * left to the listener.
	 */
	void refresh() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// The write is not committed yet (a transaction wraps the request, as in a
			// test): a read here would see a version that may roll back.
			return;
		}
		try {
			long version = read();
			this.known.accumulateAndGet(version, (old, read) -> (old == UNKNOWN) ? UNKNOWN : Math.max(old, read));
		}
		catch (DataAccessException ex) {
			// The notification, or the listener's next read, brings it.
		}
	}

	/** How many times the listener has connected (and read the version). */
	int connections() {
		return this.connections.get();
	}

	private long read() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/**
	 * Starts the listener and waits (briefly) for its first connection, so that an
	 * instance that begins to serve answers its first 304s from memory.
	 */
	@Override
	public void start() {
		this.running = true;
		Thread.ofPlatform().daemon().name("data-version-listener").start(this::listen);
		try {
			this.firstAttempt.await(FIRST_CONNECTION.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Connection current = this.connection;
		if (current != null) {
			try {
				// Unblocks the listener's wait at once.
				current.abort(Runnable::run);
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
		this.known.set(UNKNOWN);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Before the web server starts, and after it has drained on shutdown: requests are
	 * never served without the listener for that reason alone.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void listen() {
		long retryDelay = 100;
		boolean lost = false;
		while (this.running) {
			try (Connection listening = connect()) {
				this.connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				this.known.set(read(listening));
				this.connections.incrementAndGet();
				if (lost) {
					log.info("Listening for data version changes again; version " + this.known.get());
					lost = false;
				}
				retryDelay = 100;
				this.firstAttempt.countDown();
				PGConnection notifications = listening.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] arrived = notifications.getNotifications((int) KEEP_ALIVE.toMillis());
					if (arrived == null || arrived.length == 0) {
						this.known.set(read(listening));
						continue;
					}
					for (PGNotification notification : arrived) {
						long version = Long.parseLong(notification.getParameter());
						this.known.accumulateAndGet(version, Math::max);
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.known.set(UNKNOWN);
				this.firstAttempt.countDown();
				if (!this.running) {
					break;
				}
				if (!lost) {
					log.warn("Lost the data version listener's connection (" + ex.getMessage()
							+ "); reading the version per request until it is back");
					lost = true;
				}
				sleep(retryDelay);
				retryDelay = Math.min(retryDelay * 2, MAX_RETRY_DELAY.toMillis());
			}
			finally {
				this.connection = null;
			}
		}
		this.known.set(UNKNOWN);
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", LISTENER_NAME);
		properties.setProperty("connectTimeout", "2");
		// A read that hangs longer than this (a silent partition) fails, and the listener
		// falls back and reconnects; the wait for notifications sets its own timeout.
		properties.setProperty("socketTimeout", "10");
		properties.setProperty("tcpKeepAlive", "true");
		Connection connection = new org.postgresql.Driver().connect(this.database.getJdbcUrl(), properties);
		if (connection == null) {
			throw new SQLException("Not a PostgreSQL URL: " + this.database.getJdbcUrl());
		}
		connection.setAutoCommit(true);
		return connection;
	}

	private static long read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select version from data_version")) {
			if (!row.next()) {
				throw new SQLException("data_version has no row");
			}
			return row.getLong(1);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
