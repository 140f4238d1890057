// The staff account the browser tests log in with: the test server's first account ("demo",
// a publisher), made at its start with this password (YILAN_STAFF_PASSWORD in the webServer env).
// A server you start yourself for these tests needs the same variable.
export const STAFF_LOGIN = 'demo';
export const STAFF_PASSWORD = process.env.YILAN_STAFF_PASSWORD || 'playwright-staff-password';
