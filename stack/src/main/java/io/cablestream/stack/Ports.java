package io.cablestream.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks for the local stack: is a port free to bind, is something listening on it, pick a free one. */
public final class Ports {

    private Ports() {
    }

    /** Fails with a message naming the environment variable to change when {@code port} is taken. */
    public static void requireFree(int port, String owner, String variable) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StackException("port " + port + " (" + owner + ") is already in use; stop what uses it or set "
                    + variable + " to a free port");
        }
    }

    public static boolean isListening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int free() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("no free port on the loopback interface", e);
        }
    }
}
