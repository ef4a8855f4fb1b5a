; A055808: a(n) and floor(a(n)/4) are both squares; i.e., squares that remain squares when written in base 4 and last digit is removed.
; Formula: a(n) = truncate((n+n)*n/(n+1))*truncate((n+n)*n/(n+1))
; 0,1,4,16,36,64,100,144,196,256,324,400,484,576,676,784,900,1024,1156,1296,1444,1600,1764,1936,2116,2304,2500,2704,2916,3136,3364,3600,3844,4096,4356,4624,4900,5184,5476,5776,6084,6400,6724,7056,7396,7744,8100

mov $1,$0
add $0,$1
mul $0,$1
add $1,1
div $0,$1
mul $0,$0
