/** Server-side rendering with user data: stateless front end and API over a stateful database. */
package dev.berth.samples.ssr;
