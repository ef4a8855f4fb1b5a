; A185114: Number of connected 2-regular simple graphs on n vertices with girth at least 4.
; Formula: a(n) = lodadif(truncate((n-2)/2),truncate((n-2)/2))
; 1,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,2
div $0,2
dif $0,$0
