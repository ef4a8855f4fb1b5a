; A066140: Covering numbers C(n,n-3,n-4).
; Formula: a(n) = truncate(binomial(n-1+truncate((0-(n-1))/3),2)*truncate((0-(n-1))/3)/-1)
; 3,6,12,20,30,45,63,84

#offset 5

sub $0,1
sub $1,$0
div $1,3
add $0,$1
bin $0,2
mul $0,$1
div $0,-1
