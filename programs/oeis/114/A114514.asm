; A114514: The digits on a numerical pad from upper left to lower right.
; Formula: a(n) = 7*lodadif(n^3,2)%10
; 7,8,9,4,5,6,1,2,3,0

#offset 1

pow $0,3
dif $0,2
mul $0,7
mod $0,10
