; A087101: Number of symmetric quartic graphs on n nodes.
; Formula: a(n) = floor(lodadif(n,7)/5)
; 0,0,0,0,1,1,0,1,1

#offset 1

dif $0,7
div $0,5
