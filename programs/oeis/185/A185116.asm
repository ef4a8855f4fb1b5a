; A185116: Number of connected 2-regular simple graphs on n vertices with girth at least 6.
; Formula: a(n) = lodadif(truncate((n-3)/3),truncate((n-3)/3))
; 1,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,3
div $0,3
dif $0,$0
