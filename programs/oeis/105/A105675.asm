; A105675: Highest minimal distance of any Type II doubly-even binary self-dual code of length 8n.
; Formula: a(n) = 4*A008620(n)
; 4,4,8,8,8,12,12,12

#offset 1

seq $0,8620
mul $0,4
