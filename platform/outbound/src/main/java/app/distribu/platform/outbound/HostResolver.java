package app.distribu.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host name up; tests give the guard their own answers instead of DNS. */
@FunctionalInterface
public interface HostResolver {

	HostResolver SYSTEM = InetAddress::getAllByName;

	InetAddress[] resolve(String host) throws UnknownHostException;

}
