import{a as r,b as o}from"./chunk-22OAFF3K.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{r as RailroadAbnfModule,o as createRailroadAbnfServices};
