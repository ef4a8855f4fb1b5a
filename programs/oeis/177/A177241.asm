; A177241: First differences of A177240.
; Formula: a(n) = lodapow(4,lodadgs(n-1,2))
; 0,1,4,4,16,4,16,16,64,4,16

sub $0,1
dgs $0,2
mov $1,4
pow $1,$0
mov $0,$1
