; A121892: Row sums of triangle in A066094.
; Formula: a(n) = lodadif(lodafac(1,n),2)*2^n
; 1,2,4,24,192,1920,23040,322560,5160960,92897280,1857945600,40874803200,980995276800

mov $1,$0
mov $0,1
fac $0,$1
mov $2,2
dif $0,$2
pow $2,$1
mul $0,$2
