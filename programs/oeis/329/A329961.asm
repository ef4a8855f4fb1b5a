; A329961: Beatty sequence for 2 + sin x, where x = least positive solution of 1/(2 + sin x) + 1/(2 + cos x) = 1.
; Formula: a(n) = floor((3*floor((3*n+sqrtint(5*(3*n*(3*n))))/11)+6*n)/3)
; 2,5,8,11,14,17,20,23,25,28,31,34,37,40,43,46,49,51,54,57,60,63,66,69,72,74,77,80,83,86,89,92,95,98,100,103,106,109,112,115,118,121,123,126,129,132,135,138,141,144

#offset 1

mul $0,3
mov $1,$0
mov $2,$0
mul $2,$0
mul $2,5
mul $1,2
nrt $2,2
add $0,$2
div $0,11
mul $0,3
add $0,$1
div $0,3
