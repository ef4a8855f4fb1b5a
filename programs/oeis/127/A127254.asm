; A127254: (0,1) sequence whose zero positions are indexed by twice the odious numbers given by A091855.
; Formula: a(n) = truncate(lodadif(A127246(n),2)/-2)+1
; 1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1

seq $0,127246
dif $0,2
div $0,-2
add $0,1
