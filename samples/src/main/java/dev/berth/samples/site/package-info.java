/** Static sites: stateless Deployments whose content comes from the image or from object storage. */
package dev.berth.samples.site;
