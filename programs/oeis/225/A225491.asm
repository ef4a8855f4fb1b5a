; A225491: Maximal frequency depth for multisets over an alphabet of n letters.
; Formula: a(n) = sqrtnint(10*(max(n-1,0)*(100-max(n-1,0))*(max(n-1,0)*(100-max(n-1,0))))*(100-max(n-1,0)),10)
; 0,4,5,6,6,6,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

#offset 1

trn $0,1
mov $1,100
sub $1,$0
mul $0,$1
mul $0,$0
mul $0,10
mul $0,$1
nrt $0,10
