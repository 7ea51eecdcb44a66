/**
 * Secrets a service must read back (webhook signing secrets, token signing keys, SSO
 * client secrets) are stored encrypted with AES-256-GCM under a key from configuration;
 * {@link app.distribu.platform.secrets.SecretBox} seals and opens them, and names the key
 * each value was sealed with so keys can be rotated.
 */
package app.distribu.platform.secrets;
