/** Counter-examples built with raw fabric8 builders, each showing one mistake the validator reports. */
package dev.berth.samples.mistakes;
