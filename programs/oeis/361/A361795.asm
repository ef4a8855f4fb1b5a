; A361795: a(n) is the area of the largest rectangle with integer sides that can be drawn inside a circle of diameter n.
; Formula: a(n) = floor(sqrtint(n*(n+n))*sqrtint(n*(n+n))/4)
; 0,0,1,4,6,12,16,20,30,36,49,56,64,81,90,110,121,144,156,169,196,210,240,256,272,306,324,361,380,420,441,462,506,529,576,600,625,676,702,756,784,812,870,900,961,992,1056,1089,1122,1190,1225,1296,1332,1369,1444,1482

mov $1,$0
add $0,$1
mul $1,$0
nrt $1,2
mov $0,$1
mul $0,$0
div $0,4
