import pino from 'pino';

/**
 * The process logger. Personal data never reaches a log in clear: these paths
 * are redacted wherever they appear in a logged object.
 */
export function createLogger(level: string, name = 'dolbom-hub'): pino.Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['*.name', '*.childName', '*.phone', '*.residentNumber', '*.authorization', 'req.headers.authorization', '*.serviceKey'],
      censor: '[REDACTED]',
    },
  });
}

export type Logger = pino.Logger;
