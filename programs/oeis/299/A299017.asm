; A299017: Intersection of A264041 and A000217.
; Formula: a(n) = truncate(lodafac(n-2+max(n-2,2),2)/2)
; 1,3,6,10,21,36,55,78,105,136,171,210,253,300,351

#offset 1

sub $0,2
mov $1,$0
max $1,2
add $0,$1
fac $0,2
div $0,2
