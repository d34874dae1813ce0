# Holm and Bonferroni p-values of the lipset differences (qmethod 1.8.4, PCA, varimax, 3 factors),
# from qmethod's own z-scores (zsc) and standard errors of differences (f_char$sd_dif):
# p = 2 * (1 - pnorm(|z_f - z_g| / sed_fg)) per statement, adjusted per pair of factors over the 33 statements.
library(jsonlite)
g <- fromJSON("qmethod-pca-varimax-3.json")
z <- g$zsc$data; sed <- g$f_char$sd_dif$data
pairs <- list(c(1, 2), c(1, 3), c(2, 3))
out <- lapply(pairs, function(p) {
  d <- z[, p[1]] - z[, p[2]]
  raw <- 2 * pnorm(-abs(d) / sed[p[1], p[2]])
  list(factors = sprintf("F%d", p), difference = d, p = raw,
       holm = p.adjust(raw, "holm"), bonferroni = p.adjust(raw, "bonferroni"))
})
meta <- list(tool = "R", R_version = R.version.string, source = "qmethod-pca-varimax-3.json (zsc, f_char$sd_dif)",
             formula = "p = 2*pnorm(-|d|/sed); p.adjust(p, 'holm' | 'bonferroni') per pair over all statements",
             statement_ids = g$zsc$rownames)
writeLines(toJSON(list(meta = meta, pairs = out), digits = I(17), auto_unbox = TRUE, pretty = TRUE), "p-adjust-pca-varimax-3.json")
