; A105676: Highest minimal Hamming distance of any Type 3 ternary self-dual code of length 4n.
; Formula: a(n) = 3*A008620(n)
; 3,3,6,6,6,9,9,9,12,12,12,15,15,15,18,18

#offset 1

seq $0,8620
mul $0,3
