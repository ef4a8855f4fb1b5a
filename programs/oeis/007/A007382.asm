; A007382: Number of strict (-1)st-order maximal independent sets in path graph.
; Formula: a(n) = A054451(n-1)-1
; 0,0,3,4,11,16,32,49,87,137,231,369,608,978,1595,2574,4179,6754,10944,17699,28655,46355,75023,121379,196416,317796,514227,832024,1346267

#offset 1

sub $0,1
seq $0,54451
sub $0,1
