/**
 * Reply tracking: following the server's byte stream of one backend connection so the proxy
 * knows, at any byte, which command's response it belongs to and where that response ends.
 */
package io.sluice.protocol.mysql.reply;
