; A121451: Maximum product over partitions into parts of the form 3k+2.
; Formula: a(n) = (lodamod(n-4,2)+4)*lodapow(2,truncate((n-4)/2))+(-3*(n-3==0))+2*(n-2==0)
; 0,2,0,4,5,8,10,16,20,32,40,64,80,128,160,256,320,512,640,1024,1280,2048,2560,4096,5120,8192,10240,16384,20480,32768,40960,65536,81920,131072,163840,262144,327680,524288,655360,1048576

#offset 1

sub $0,2
mov $1,$0
sub $0,1
mov $2,$0
sub $0,1
mov $3,$0
div $3,2
mov $4,2
pow $4,$3
mod $0,2
add $0,4
mul $0,$4
equ $2,0
mul $2,-3
add $0,$2
equ $1,0
mul $1,2
add $0,$1
