// Verifies one delivery with the Standard Webhooks reference library, as a partner would.
// Input on stdin: {"secret", "headers": {...}, "body": base64 of the raw body}.
const { Webhook } = require('standardwebhooks');

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const { secret, headers, body } = JSON.parse(input);
  try {
    new Webhook(secret).verify(Buffer.from(body, 'base64'), headers);
    console.log('verified');
  } catch (e) {
    console.log('refused: ' + e.message);
  }
});
