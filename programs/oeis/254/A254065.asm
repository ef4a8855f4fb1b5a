; A254065: Vulgar fractions whose denominators are numbers ending with nine, the case 1/19.
; Formula: a(n) = truncate(A036120(n)/2)
; 1,2,4,8,6,3,7,4,9,8,7,5,1,3,6,2,5,0,1,2,4,8,6,3,7,4,9,8,7,5,1,3,6,2,5,0,1,2,4,8,6,3,7,4,9,8,7,5,1,3,6,2,5,0,1,2,4,8,6,3,7

#offset 1

seq $0,36120
div $0,2
