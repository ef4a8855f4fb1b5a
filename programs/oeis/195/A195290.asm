; A195290: Decimal expansion of shortest length, (A), of segment from side AB through incenter to side AC in right triangle ABC with sidelengths (a,b,c)=(7,24,25).
; Formula: a(n) = floor(sqrtint(18*(10^n*10^n))/7)%10
; 6,0,6,0,9,1,5,2,6,7,3,1,3,2,6,4,4,9,4,8,6,4,3,8,0,2,4,6,6,1,2,9,9,1,7,6,5,2,9,8,5,9,3,7,5,1,6,1,5,4,9,1,7,4,2,1,8,5,7,7,0,3,0,5,6,7,4,5,6,7,7,6,4,8,3,7,6,0,1,5

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,18
nrt $0,2
div $0,7
mod $0,10
