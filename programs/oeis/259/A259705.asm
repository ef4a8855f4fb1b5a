; A259705: Row sums of A259704.
; Formula: a(n) = truncate(truncate((n-2)/2)*lodafac(2,n-2)/3)
; 0,0,2,8,80,480,5040,40320

#offset 2

sub $0,2
mov $1,2
fac $1,$0
div $0,2
mul $0,$1
div $0,3
