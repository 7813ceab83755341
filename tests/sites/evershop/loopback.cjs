// Preloaded by start.sh with NODE_OPTIONS="--require <this file>".
// EverShop 2.2.1 calls server.listen(port) with no host (binds every interface)
// and has no HOST setting; this forces numeric-port listens onto 127.0.0.1.
'use strict';
const net = require('node:net');
const host = process.env.EVERSHOP_LISTEN_HOST || '127.0.0.1';
const origListen = net.Server.prototype.listen;
net.Server.prototype.listen = function patchedListen(...args) {
  const a0 = args[0];
  const isPort = typeof a0 === 'number' || (typeof a0 === 'string' && /^\d+$/.test(a0));
  if (isPort && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, host);
  } else if (
    a0 &&
    typeof a0 === 'object' &&
    !a0.path &&
    a0.host === undefined &&
    !(a0 instanceof net.Server)
  ) {
    args[0] = { ...a0, host };
  }
  return origListen.apply(this, args);
};
