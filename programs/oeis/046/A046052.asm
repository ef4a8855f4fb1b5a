; A046052: Number of prime factors of Fermat number F(n).
; Formula: a(n) = sqrtnint(lodadif(lodapow(100,n-5),5),18)+1
; 1,1,1,1,1,2,2,2,2,3,4,5

sub $0,5
mov $1,100
pow $1,$0
mov $0,$1
dif $0,5
nrt $0,18
add $0,1
