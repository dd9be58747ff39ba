/** The rules: each reads the model and returns findings; none of them throws for bad content. */
package dev.handbook.check;
