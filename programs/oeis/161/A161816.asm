; A161816: Denominator of fraction in Redheffer type matrix.
; Formula: a(n) = 4*truncate(lodapow(2,n-1)/-8)+lodapow(2,n-1)
; 1,2,4,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768,65536,131072

#offset 1

sub $0,1
mov $1,2
pow $1,$0
mov $0,$1
div $0,-8
mul $0,4
add $0,$1
