; A185117: Number of connected 2-regular simple graphs on n vertices with girth at least 7.
; Formula: a(n) = min(binomial(n-1,6),1)
; 1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
bin $0,6
min $0,1
